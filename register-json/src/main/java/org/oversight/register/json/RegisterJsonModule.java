package org.oversight.register.json;

import org.oversight.register.AssetRegister;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.Money;
import org.oversight.register.model.RegisterContents;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.Version;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson module that writes the register's types in the format of the register document
 * (CONTRACT §1): {@link RegisterContents} and {@link AssetRegister} as whole documents, and {@link
 * Asset}, {@link Dpia}, {@link Contract} and {@link Money} as their records, so that they can be
 * embedded in other JSON. The core model carries no Jackson annotations: this module is the only
 * place where the mapping lives.
 *
 * <p>Reading is not done through data binding: {@link RegisterJson} streams the document itself, to
 * report every problem with its place. The canonical layout needs {@link RegisterJson}'s pretty
 * printer; through a plain mapper the content is the same, the white space not.
 *
 * <p>This module is the only part of register-json that uses Jackson's data binding, which needs
 * {@code com.fasterxml.jackson.core:jackson-annotations} 2.21 or newer ({@code register-bom}
 * manages it); {@link RegisterJson} and {@link FoiJson} use the streaming API alone.
 *
 * <p>Thread-safe once registered.
 */
public final class RegisterJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the module.
   *
   * @throws IllegalStateException if the jackson-annotations on the path is older than Jackson 3's
   *     data binding needs (a Jackson 2 host's), saying which version was found and which is needed
   */
  public RegisterJsonModule() {
    super(checkedName(), Version.unknownVersion());
    addSerializer(RegisterContents.class, new ContentsSerializer());
    addSerializer(AssetRegister.class, new RegisterSerializer());
    addSerializer(Asset.class, new AssetSerializer());
    addSerializer(Dpia.class, new DpiaSerializer());
    addSerializer(Contract.class, new ContractSerializer());
    addSerializer(Money.class, new MoneySerializer());
  }

  private static String checkedName() {
    JacksonAnnotations.require();
    return "oversight-register-json";
  }

  private static final class ContentsSerializer extends ValueSerializer<RegisterContents> {
    @Override
    public void serialize(RegisterContents value, JsonGenerator g, SerializationContext context) {
      CanonicalWriter.contents(value, g);
    }
  }

  private static final class RegisterSerializer extends ValueSerializer<AssetRegister> {
    @Override
    public void serialize(AssetRegister value, JsonGenerator g, SerializationContext context) {
      CanonicalWriter.contents(value.contents(), g);
    }
  }

  private static final class AssetSerializer extends ValueSerializer<Asset> {
    @Override
    public void serialize(Asset value, JsonGenerator g, SerializationContext context) {
      CanonicalWriter.asset(value, g);
    }
  }

  private static final class DpiaSerializer extends ValueSerializer<Dpia> {
    @Override
    public void serialize(Dpia value, JsonGenerator g, SerializationContext context) {
      g.writeRawValue(CanonicalWriter.dpia(value));
    }
  }

  private static final class ContractSerializer extends ValueSerializer<Contract> {
    @Override
    public void serialize(Contract value, JsonGenerator g, SerializationContext context) {
      g.writeRawValue(CanonicalWriter.contract(value));
    }
  }

  private static final class MoneySerializer extends ValueSerializer<Money> {
    @Override
    public void serialize(Money value, JsonGenerator g, SerializationContext context) {
      g.writeRawValue(CanonicalWriter.money(value));
    }
  }
}
