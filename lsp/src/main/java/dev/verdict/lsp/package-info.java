/**
 * The language server: editors get the compiler's diagnostics, the schema's knowledge (hover,
 * completion), navigation, formatting, quick fixes and test runs over the Language Server
 * Protocol. It calls the compiler's public stages like the command line does and keeps no
 * state but the open documents.
 */
package dev.verdict.lsp;
