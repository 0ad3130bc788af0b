/**
 * The operator, the business that runs Portico: lists every organization and sets each one's plan,
 * which sets its quota and the highest rate-limit tier its keys may have.
 */
package dev.portico.operator;
