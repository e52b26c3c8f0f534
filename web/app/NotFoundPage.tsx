// A path the app does not know.
import { A } from "@solidjs/router";
import { defineStrings } from "../i18n";

const t = defineStrings({
  en: { title: "Nothing here", back: "Back to your magnets" },
  fr: { title: "Rien ici", back: "Retour à vos magnets" },
});

export default function NotFoundPage() {
  return (
    <section>
      <h1>{t("title")}</h1>
      <A href="/">{t("back")}</A>
    </section>
  );
}
