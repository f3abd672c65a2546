'use strict';
// Starts `verdict lsp` (or the command in the `verdict.command` setting) and connects VS Code
// to it for .policy, .platform and .schema files.
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const [command, ...args] = vscode.workspace.getConfiguration('verdict').get('command');
  const server = { command, args, transport: TransportKind.stdio };
  client = new LanguageClient('verdict', 'Verdict', server, {
    documentSelector: [
      { scheme: 'file', language: 'verdict-policy' },
      { scheme: 'file', language: 'verdict-platform' },
      { scheme: 'file', language: 'verdict-schema' },
    ],
  });
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
