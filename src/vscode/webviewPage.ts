/**
 * The page every Gangmu webview loads: the shared DOM helpers (`media/dom.js`) and stylesheet
 * (`media/webview.css`), then one script and one stylesheet from `media/`, a content security policy that lets nothing else run (a fresh nonce
 * per page), and the display language.
 * The figures panel and the folder panel share it so their policy cannot drift apart.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { uiIsChinese } from './l10n';

export function webviewPage(webview: vscode.Webview, extensionUri: vscode.Uri, name: string): string {
  const media = vscode.Uri.joinPath(extensionUri, 'media');
  const dom = webview.asWebviewUri(vscode.Uri.joinPath(media, 'dom.js'));
  const script = webview.asWebviewUri(vscode.Uri.joinPath(media, `${name}.js`));
  const shared = webview.asWebviewUri(vscode.Uri.joinPath(media, 'webview.css'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(media, `${name}.css`));
  const n = randomBytes(18).toString('base64');
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `script-src 'nonce-${n}'`,
    `img-src ${webview.cspSource} data:`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  const lang = uiIsChinese() ? 'zh-CN' : 'en';
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link href="${shared.toString()}" rel="stylesheet">
<link href="${style.toString()}" rel="stylesheet">
<title>Gangmu</title>
</head>
<body>
<div id="app" aria-busy="true"></div>
<script nonce="${n}" src="${dom.toString()}"></script>
<script nonce="${n}" src="${script.toString()}"></script>
</body>
</html>`;
}
