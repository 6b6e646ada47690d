/** A plain start page until the web chat widget is served here. */
export function landingPage(): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Small Claims Helper</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5">
<h1>Small Claims Helper</h1>
<p>A chat assistant for questions about California small claims court. It gives general information, not legal advice.</p>
<p>The bot is listening at <code>POST /api/messages</code>. Chat with it from the Bot Framework Emulator
(<code>http://localhost:3978/api/messages</code>, no app id or password) or in a terminal with <code>npm run chat</code>.</p>
</body>
</html>`;
}
