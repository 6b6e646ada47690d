const SELF_HELP = 'https://selfhelp.courts.ca.gov/court-based-self-help-services';

/**
 * The help page with the chat. Plain HTML; Web Chat and our scripts are served from this server. The
 * page's own words are written in both languages, each marked with `data-lang`; chat.js sets
 * `<html lang>` to the conversation's language and page.css shows that language's words only.
 */
export function webPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Small Claims Helper: California small claims court questions</title>
<link rel="stylesheet" href="/static/page.css">
</head>
<body>
<header>
  <div class="title">
    <h1><span data-lang="en">Small Claims Helper</span><span data-lang="es" lang="es">Asistente de Reclamos Menores</span></h1>
    <div class="languages" role="group" aria-label="Language / Idioma">
      <button type="button" data-locale="en-US" lang="en" aria-pressed="true">English</button>
      <button type="button" data-locale="es-US" lang="es" aria-pressed="false">Español</button>
    </div>
  </div>
  <p class="about" data-lang="en">Plain answers about California small claims court, for the person owed money and the person who owes it, with court forms and official sources. Give it your own dates and amounts and it works out deadlines, interest, how much of a paycheck can be taken, or a step-by-step plan. General information, not legal advice.</p>
  <p class="about" data-lang="es" lang="es">Respuestas sencillas sobre la corte de reclamos menores de California, para la persona a quien le deben dinero y para la que lo debe, con los formularios de la corte y las fuentes oficiales. Con sus propias fechas y cantidades calcula plazos, intereses, cuánto de un sueldo se puede embargar o un plan paso a paso. Información general, no asesoría legal.</p>
  <p class="short" data-lang="en">General information, not legal advice.</p>
  <p class="short" data-lang="es" lang="es">Información general, no asesoría legal.</p>
</header>
<main>
  <noscript><p>This chat needs JavaScript. Turn it on and reload, or get help from your county's free small claims advisor through the <a href="${SELF_HELP}">court self-help center</a>.</p><p lang="es">Este chat necesita JavaScript. Actívelo y vuelva a cargar la página, o pida ayuda al asesor gratuito de reclamos menores de su condado en el <a href="${SELF_HELP}">centro de ayuda de la corte</a>.</p></noscript>
  <div id="webchat" role="region" aria-label="Chat with the Small Claims Helper" data-label-en="Chat with the Small Claims Helper" data-label-es="Chat con el Asistente de Reclamos Menores"></div>
</main>
<footer>
  <p data-lang="en">For help with your own case, talk to your county's free small claims advisor or the <a href="${SELF_HELP}" target="_blank" rel="noopener noreferrer">court self-help center</a>. This tab keeps your conversation until you close it.</p>
  <p data-lang="es" lang="es">Para ayuda con su propio caso, hable con el asesor gratuito de reclamos menores de su condado o con el <a href="${SELF_HELP}" target="_blank" rel="noopener noreferrer">centro de ayuda de la corte</a>. Esta pestaña guarda su conversación hasta que la cierre.</p>
</footer>
<script src="/static/webchat.js"></script>
<script src="/static/local-direct-line.js"></script>
<script src="/static/chat.js"></script>
</body>
</html>`;
}
