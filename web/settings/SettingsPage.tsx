// The Settings screen: the account (and signing out: the one place for it), language and theme,
// the player "Play" uses, where calls go when AllDebrid blocks the server, notifications, the
// Stremio add-on, the cleanup rules, what happens to things shared to the app, the outbox, and
// the versions.
import { A } from "@solidjs/router";
import { onMount, Show } from "solid-js";
import { CALL_SOURCES, callSource, setCallSource } from "../api/call-source";
import { deployment } from "../api/deployment";
import { setTheme, THEMES, theme } from "../app/theme";
import { APP_VERSION } from "../app/version";
import { CleanupSettings } from "../caps/CleanupSettings";
import { type Lang, lang, setLang } from "../i18n";
import { NotificationSettings } from "../notifications/NotificationSettings";
import { outboxEntries } from "../offline/outbox";
import { choosePlayer, loadPlayer, offeredPlayers, platform, player } from "../play/choice";
import { t as playText } from "../play/strings";
import { user } from "../session/session";
import { ShareSettings } from "../share/ShareSettings";
import { SignOutButton } from "../signin/SignOutButton";
import { StremioSettings } from "../stremio/StremioSettings";
import { ChoiceGroup } from "./ChoiceGroup";
import "./settings.css";
import { t } from "./strings";

const LANGUAGES: readonly Lang[] = ["en", "fr"];
const LANGUAGE_NAMES: Record<Lang, string> = { en: "English", fr: "Français" };

export default function SettingsPage() {
  onMount(() => void loadPlayer());
  const waiting = () => outboxEntries().filter((e) => e.state === "queued" || e.state === "sending").length;
  const failed = () => outboxEntries().filter((e) => e.state === "failed").length;
  return (
    <div class="settings">
      <h1>{t("title")}</h1>

      <section class="card" aria-labelledby="settings-account">
        <h2 id="settings-account">{t("account")}</h2>
        <Show when={user()}>{(account) => <p>{t("signedInAs", { name: account().username })}</p>}</Show>
        <p class="muted small">{t("signOutHint")}</p>
        <SignOutButton />
      </section>

      <ChoiceGroup
        legend={t("language")}
        name="lang"
        options={LANGUAGES}
        value={lang()}
        label={(option) => LANGUAGE_NAMES[option]}
        optionLang={(option) => option}
        onChange={setLang}
      />

      <ChoiceGroup
        legend={t("theme")}
        name="theme"
        options={THEMES}
        value={theme()}
        label={(option) => t(`theme_${option}`)}
        onChange={setTheme}
      />

      <ChoiceGroup
        legend={playText("choose")}
        name="player"
        hint={playText(`chooseHint_${platform}`)}
        options={offeredPlayers}
        value={player()}
        label={(option) => playText(`player_${option}`)}
        onChange={(option) => void choosePlayer(option)}
      />

      <ChoiceGroup
        legend={t("callSource")}
        name="call-source"
        hint={`${t("callSourceIntro")} ${deployment()?.upstream === "sandbox" ? t("callSourceAutoSandbox") : t("callSourceAuto")}`}
        options={CALL_SOURCES}
        value={callSource()}
        label={(option) => t(`callSource_${option}`)}
        onChange={setCallSource}
      />

      <NotificationSettings />

      <StremioSettings />

      <CleanupSettings />

      <ShareSettings legend={t("share")} />

      <section class="card" aria-labelledby="settings-outbox">
        <h2 id="settings-outbox">{t("outbox")}</h2>
        <p class="muted">{t("outboxIntro")}</p>
        <A href="/settings/outbox" class="button">
          {waiting() || failed() ? t("outboxOpenCount", { waiting: waiting(), failed: failed() }) : t("outboxOpen")}
        </A>
      </section>

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
