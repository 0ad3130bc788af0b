package dev.portico.account.web;

import dev.portico.account.domain.User;
import dev.portico.platform.faces.ConsoleTimes;
import java.io.Serializable;

/** One member as the members page shows them. */
public class MemberRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String id;
  private final String email;
  private final String name;
  private final String role;
  private final String joined;
  private final boolean me;

  MemberRow(User user, String myId) {
    id = user.id();
    email = user.email();
    name = user.name() == null ? "" : user.name();
    role = user.role().text();
    joined = ConsoleTimes.format(user.createdAt(), "");
    me = user.id().equals(myId);
  }

  public String getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getName() {
    return name;
  }

  public String getRole() {
    return role;
  }

  public String getJoined() {
    return joined;
  }

  public boolean isMe() {
    return me;
  }
}
