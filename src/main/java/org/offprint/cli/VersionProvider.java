package org.offprint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into {@code org/offprint/version.properties}. */
public final class VersionProvider implements IVersionProvider {
  /** {@return offprint's version, or {@code unknown} when run from unfiltered classes} */
  public static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream("/org/offprint/version.properties")) {
      if (in == null) return "unknown";
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "unknown");
      return v.startsWith("${") ? "unknown" : v;
    } catch (IOException e) {
      return "unknown";
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"offprint " + version(), "Java ${java.version} (${java.vendor})"};
  }
}
