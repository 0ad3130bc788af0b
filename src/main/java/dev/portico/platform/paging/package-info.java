/** The list envelope every collection answers with ({@code object: "list"}). */
package dev.portico.platform.paging;
