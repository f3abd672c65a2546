package dev.verdict.ast;

import dev.verdict.ast.Operand.ListLit;
import dev.verdict.ast.Operand.PathRef;
import dev.verdict.ast.Operand.StringLit;
import java.util.List;

/**
 * The declarations of a {@code .schema} file, and the {@code schema} line with which a policy or
 * a profile names its schema. Every {@code doc} is a one-line description, null when not written.
 */
public sealed interface SchemaDecl extends Decl.OfSchema {

    /**
     * {@code schema NAME [extends PARENT] ["doc"]} in a schema; {@code schema NAME} or
     * {@code schema "path.schema"} in a policy or profile. {@code parent} may be null.
     */
    record SchemaHeader(Name ref, Name parent, StringLit doc, Span span) implements SchemaDecl {
    }

    /** {@code currency USD 2}: a currency code and its decimals. */
    record CurrencyDef(Name code, int decimals, Span span) implements SchemaDecl {
    }

    /** {@code enum NAME = [values] ["doc"]}, or {@code enum NAME += [values]} to add values. */
    record EnumDef(Name name, boolean adds, ListLit values, StringLit doc, Span span)
            implements SchemaDecl {
    }

    /** {@code field PATH: TYPE [optional] ["doc"]}. */
    record FieldDef(PathRef path, TypeRef type, boolean optional, StringLit doc, Span span)
            implements SchemaDecl {
    }

    /** {@code passthrough PATH ["doc"]}: a request field that is accepted and never decided on. */
    record PassthroughDef(PathRef path, StringLit doc, Span span) implements SchemaDecl {
    }

    /** {@code setting NAME: TYPE [= DEFAULT] ["doc"]}; {@code defaultValue} may be null. */
    record SettingDef(Name name, TypeRef type, Operand defaultValue, StringLit doc, Span span)
            implements SchemaDecl {
    }

    /**
     * {@code outcome NAME[(params)] [when COND] [approval] [refunds FIELD | refunds PARAM of
     * FIELD] ["doc"]}; {@code when} and {@code refunds} may be null.
     */
    record OutcomeDef(Name name, List<ParamDef> params, Cond when, boolean approval,
                      Refunds refunds, StringLit doc, Span span) implements SchemaDecl {
        public OutcomeDef {
            params = List.copyOf(params);
        }
    }

    /** {@code obligation NAME[(params)] ["doc"]}. */
    record ObligationDef(Name name, List<ParamDef> params, StringLit doc, Span span)
            implements SchemaDecl {
        public ObligationDef {
            params = List.copyOf(params);
        }
    }

    /**
     * {@code lint KIND [outcomes] by FIELD} or {@code by [fields]}: which outcomes a risk lint
     * looks at, and which fields satisfy it; {@code by} is a {@link PathRef} or a {@link ListLit}.
     */
    record LintDef(Name kind, ListLit outcomes, Operand by, Span span) implements SchemaDecl {
    }

    /** {@code NAME: TYPE} in an outcome's or obligation's parameter list. */
    record ParamDef(Name name, TypeRef type, Span span) {
    }

    /** {@code refunds FIELD}, or {@code refunds PARAM of FIELD}; {@code percent} may be null. */
    record Refunds(PathRef percent, PathRef field, Span span) {
    }

    /** A type as written. */
    sealed interface TypeRef {

        Span span();

        /**
         * {@code money}, {@code int 0..100}, {@code category}, {@code aftersale.reason};
         * {@code low} and {@code high} are null when not written, {@code ranged} when
         * {@code ..} is.
         */
        record Named(PathRef name, boolean ranged, Long low, Long high, Span span)
                implements TypeRef {
        }

        /** {@code enum [a, b]}, written in place. */
        record InlineEnum(ListLit values, Span span) implements TypeRef {
        }
    }
}
