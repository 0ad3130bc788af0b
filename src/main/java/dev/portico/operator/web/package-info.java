/** The operator's console page: every organization, and the form that changes one's plan. */
package dev.portico.operator.web;
