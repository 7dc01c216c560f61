package dev.fearless.cli;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Keeps a class name pattern as text, after checking that it compiles: a typo is a usage error, not a fork crash. */
final class RegexConverter implements ITypeConverter<String> {

    @Override
    public String convert(String value) {
        try {
            Pattern.compile(value);
            return value;
        } catch (PatternSyntaxException e) {
            throw new TypeConversionException("'" + value + "' is not a regular expression: " + e.getDescription()
                    + " at index " + e.getIndex());
        }
    }
}
