// The Settings screen: language, where refused calls go (edge / device / automatic), what
// happens to things shared to the app, the outbox, the version, and signing out.
import { For, Show } from "solid-js";
import { CALL_SOURCES, callSource, setCallSource } from "../api/call-source";
import { deployment } from "../api/deployment";
import { APP_VERSION } from "../app/version";
import { type Lang, lang, setLang } from "../i18n";
import { NotificationSettings } from "../notifications";
import { OutboxList } from "../offline/OutboxList";
import { SignOutButton } from "../session/SignOutButton";
import { user } from "../session/session";
import { ShareSettings } from "../share/ShareSettings";
import "./settings.css";
import { t } from "./strings";

const LANGUAGES: Array<{ lang: Lang; name: string }> = [
  { lang: "en", name: "English" },
  { lang: "fr", name: "Français" },
];

export default function SettingsPage() {
  return (
    <div class="settings">
      <h1>{t("title")}</h1>

      <section class="card" aria-labelledby="settings-account">
        <h2 id="settings-account">{t("account")}</h2>
        <Show when={user()}>{(account) => <p>{t("signedInAs", { name: account().username })}</p>}</Show>
        <SignOutButton />
      </section>

      <fieldset class="card">
        <legend>{t("language")}</legend>
        <For each={LANGUAGES}>
          {(option) => (
            <label class="choice" lang={option.lang}>
              <input
                type="radio"
                name="lang"
                value={option.lang}
                checked={lang() === option.lang}
                onChange={() => setLang(option.lang)}
              />
              {option.name}
            </label>
          )}
        </For>
      </fieldset>

      <fieldset class="card" aria-describedby="call-source-intro">
        <legend>{t("callSource")}</legend>
        <p id="call-source-intro" class="muted">
          {t("callSourceIntro")}
        </p>
        <For each={CALL_SOURCES}>
          {(option) => (
            <label class="choice">
              <input
                type="radio"
                name="call-source"
                value={option}
                checked={callSource() === option}
                onChange={() => setCallSource(option)}
              />
              {t(`callSource_${option}`)}
            </label>
          )}
        </For>
      </fieldset>

      <NotificationSettings />

      <ShareSettings legend={t("share")} />

      <div class="card">
        <OutboxList />
      </div>

      <section class="card" aria-labelledby="settings-about">
        <h2 id="settings-about">{t("about")}</h2>
        <p>{t("appVersion", { version: APP_VERSION })}</p>
        <Show when={deployment()?.version}>
          <p class="muted">
            {t("serverVersion", { version: deployment()!.version, upstream: deployment()!.upstream })}
          </p>
        </Show>
      </section>
    </div>
  );
}
