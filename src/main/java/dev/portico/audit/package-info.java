/** The audit log: who changed what, when and from where, written in the change's transaction. */
package dev.portico.audit;
