"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.webPage = webPage;
/** The help page with the chat. Plain HTML; Web Chat and our scripts are served from this server. */
function webPage() {
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
  <p class="about">Plain answers about California small claims court, for the person owed money and the person who owes it, with court forms and official sources. Give it your own dates and amounts and it works out deadlines, interest, how much of a paycheck can be taken, or a step-by-step plan. General information, not legal advice.</p>
  <p class="short">General information, not legal advice.</p>
</header>
<main>
  <noscript><p>This chat needs JavaScript. Turn it on and reload, or get help from your county's free small claims advisor through the <a href="https://selfhelp.courts.ca.gov/court-based-self-help-services">court self-help center</a>.</p></noscript>
  <div id="webchat" role="region" aria-label="Chat with the Small Claims Helper"></div>
</main>
<footer>
  <p>For help with your own case, talk to your county's free small claims advisor or the <a href="https://selfhelp.courts.ca.gov/court-based-self-help-services" target="_blank" rel="noopener noreferrer">court self-help center</a>. This tab keeps your conversation until you close it.</p>
</footer>
<script src="/static/webchat.js"></script>
<script src="/static/local-direct-line.js"></script>
<script src="/static/chat.js"></script>
</body>
</html>`;
}
//# sourceMappingURL=webPage.js.map