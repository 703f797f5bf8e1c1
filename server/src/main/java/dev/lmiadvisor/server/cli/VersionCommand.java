package dev.lmiadvisor.server.cli;

import dev.lmiadvisor.server.Version;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lmi-advisor version}: the same as {@code --version}, for those who type it as a word. */
@Command(
    name = "version",
    mixinStandardHelpOptions = true,
    description = "Print the version of LMI Advisor and of the Java it runs on.")
public final class VersionCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().println("lmi-advisor " + Version.current());
    spec.commandLine().getOut().println("Java " + Runtime.version());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
