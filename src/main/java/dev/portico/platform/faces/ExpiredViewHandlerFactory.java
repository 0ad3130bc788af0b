package dev.portico.platform.faces;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link ExpiredViewHandler} (registered in faces-config.xml). */
public class ExpiredViewHandlerFactory extends ExceptionHandlerFactory {

  public ExpiredViewHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new ExpiredViewHandler(getWrapped().getExceptionHandler());
  }
}
