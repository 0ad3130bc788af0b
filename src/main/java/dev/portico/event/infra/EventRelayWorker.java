package dev.portico.event.infra;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** Runs the relay's drain on a container thread, off the committing request's thread. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class EventRelayWorker {

  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run(Runnable work) {
    work.run();
  }
}
