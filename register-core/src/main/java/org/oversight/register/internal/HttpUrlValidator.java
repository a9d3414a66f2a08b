package org.oversight.register.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.oversight.register.validation.constraints.HttpUrl;

/** Validates {@link HttpUrl}. */
public final class HttpUrlValidator implements ConstraintValidator<HttpUrl, String> {

  /** Creates the validator. */
  public HttpUrlValidator() {}

  /**
   * Returns whether the text is an absolute http or https URI with a host.
   *
   * @param value the text
   * @return true when valid
   */
  public static boolean isHttpUrl(String value) {
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      return scheme != null
          && (scheme.toLowerCase(Locale.ROOT).equals("http")
              || scheme.toLowerCase(Locale.ROOT).equals("https"))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    if (value == null || isHttpUrl(value)) {
      return true;
    }
    Messages.report(context, Messages.quote(value) + " is not an absolute http or https URI");
    return false;
  }
}
