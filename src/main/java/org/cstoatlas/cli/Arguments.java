package org.cstoatlas.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Stack;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cstoatlas.dataset.LoadResult;
import org.cstoatlas.record.Alliance;
import org.cstoatlas.state.TextScale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * How the command line's words become values: dates, picture sizes, output forms and alliances, each
 * checked once where it is read. A converter's refusal follows the option's name as it stands
 * (": 'x' is not a valid date…", " must be one of…"), so every message begins with the option.
 */
final class Arguments {

    private Arguments() {
    }

    private static final DateTimeFormatter STRICT_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /** A well-formed day (YYYY-MM-DD); whether it lies on the timeline is the command's to check. */
    static final class Dates implements ITypeConverter<LocalDate> {
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value, STRICT_DATE);
            } catch (DateTimeException e) {
                throw new TypeConversionException(": '" + value + "' is not a valid date (expected YYYY-MM-DD, e.g. 2008-06-01)");
            }
        }
    }

    /** A whole number within bounds. */
    abstract static class Whole implements ITypeConverter<Integer> {
        private final int min, max;

        Whole(int min, int max) {
            this.min = min;
            this.max = max;
        }

        public Integer convert(String value) {
            try {
                int n = Integer.parseInt(value);
                if (n >= min && n <= max) return n;
            } catch (NumberFormatException e) {
                // said below
            }
            throw new TypeConversionException(" " + refusal(value, min, max));
        }

        String refusal(String value, int min, int max) {
            return "must be a whole number from " + min + " to " + max + ", not '" + value + "'";
        }
    }

    /** A snapshot's side in pixels. */
    static final class Pixels extends Whole {
        Pixels() {
            super(1, 4096);
        }
    }

    /** An animation frame's side in pixels. */
    static final class FramePixels extends Whole {
        FramePixels() {
            super(16, 4096);
        }
    }

    /** How long an animation frame shows, in milliseconds. */
    static final class FrameMillis extends Whole {
        FrameMillis() {
            super(org.cstoatlas.state.Animation.MIN_FRAME_MS, org.cstoatlas.state.Animation.MAX_FRAME_MS);
        }
    }

    /** Days per scrubbed frame of the benchmark. */
    static final class StepDays extends Whole {
        StepDays() {
            super(1, 3650);
        }
    }

    /** The text size in per cent. */
    static final class TextPercent extends Whole {
        TextPercent() {
            super(TextScale.minPercent(), TextScale.maxPercent());
        }

        @Override
        String refusal(String value, int min, int max) {
            return TextScale.outOfRange(value);
        }
    }

    /**
     * An alliance of the bundled record by its id (any case). Where the dataset cannot be read the
     * answer is null: the command then reports the dataset's problems (exit 1) before it uses it.
     */
    static final class Alliances implements ITypeConverter<Alliance> {
        private final Supplier<LoadResult> bundled;

        Alliances(Supplier<LoadResult> bundled) {
            this.bundled = bundled;
        }

        public Alliance convert(String id) {
            LoadResult r = bundled.get();
            if (!r.ok()) return null;
            return r.record().alliance(id.toLowerCase(Locale.ROOT)).orElseThrow(() -> new TypeConversionException(": no alliance '" + id
                    + "' (known: " + r.record().alliances().stream().map(Alliance::id).collect(Collectors.joining(", ")) + ")"));
        }
    }

    /** What a command can print. */
    enum Form {
        TABLE, CSV, JSON, TEXT, HTML, PDF, PPTX;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A command with an output's form: the forms it writes, its default first. */
    interface Printing {
        List<Form> forms();

        /** What its --format says in the help. */
        default String formatHelp() {
            return "the output's form (default: " + forms().get(0).id() + ")";
        }
    }

    /**
     * The one --format option, shown in each command's help with the forms that command writes
     * ("--format=table|csv|json"): the mixin's option is declared once and described per command here.
     */
    static void describeFormats(picocli.CommandLine root) {
        for (picocli.CommandLine sub : root.getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            if (!(spec.userObject() instanceof Printing printing)) continue;
            picocli.CommandLine.Model.OptionSpec declared = spec.findOption("--format");
            spec.remove(declared);
            spec.addOption(picocli.CommandLine.Model.OptionSpec.builder(declared)
                    .paramLabel(printing.forms().stream().map(Form::id).collect(Collectors.joining("|")))
                    .description(printing.formatHelp()).build());
        }
    }

    /**
     * The one {@code --format} of the commands that print: each names the forms it writes (its default
     * first), and a form it does not write is refused with those it does.
     */
    static final class OutputFormat {
        @Option(names = "--format", paramLabel = "FORM", parameterConsumer = FormConsumer.class,
                description = "the output's form (the command's first is its default)")
        Form form;

        @Spec(Spec.Target.MIXEE)
        CommandSpec command;

        /** The form asked, or the command's default. */
        Form form() {
            return form != null ? form : ((Printing) command.userObject()).forms().get(0);
        }
    }

    /** Reads {@code --format}'s word as one of the forms the command being parsed writes. */
    static final class FormConsumer implements picocli.CommandLine.IParameterConsumer {
        public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
            if (args.isEmpty()) throw new ParameterException(commandSpec.commandLine(), "Missing required parameter for option '--format' (FORM)");
            String word = args.pop();
            List<Form> forms = ((Printing) commandSpec.userObject()).forms();
            Form form = Arrays.stream(Form.values()).filter(f -> f.id().equals(word)).filter(forms::contains).findFirst()
                    .orElseThrow(() -> new ParameterException(commandSpec.commandLine(), "--format must be one of "
                            + forms.stream().map(Form::id).collect(Collectors.joining(", ")) + ", not '" + word + "'"));
            argSpec.setValue(form);
        }
    }
}
