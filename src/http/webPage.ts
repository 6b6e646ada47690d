/** The help page with the chat. Plain HTML; Web Chat and our scripts are served from this server. */
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
  <h1>Small Claims Helper</h1>
  <p>Answers to questions about California small claims court, for the person owed money and the person who owes it, with the court forms and official sources. General information, not legal advice.</p>
</header>
<main>
  <div id="webchat" role="region" aria-label="Chat with the Small Claims Helper"></div>
</main>
<footer>
  <p>For help with your own case, talk to your county's free small claims advisor or the <a href="https://selfhelp.courts.ca.gov/court-based-self-help-services" target="_blank" rel="noopener noreferrer">court self-help center</a>.</p>
</footer>
<script src="/static/webchat.js"></script>
<script src="/static/local-direct-line.js"></script>
<script src="/static/chat.js"></script>
</body>
</html>`;
}
