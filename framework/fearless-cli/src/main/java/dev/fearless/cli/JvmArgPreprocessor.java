package dev.fearless.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Stack;

import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Lets {@code --jvm-arg} take the next argument whatever it looks like. JVM arguments start with {@code -}, and
 * picocli would refuse {@code --jvm-arg -Dx=y} or {@code --jvm-arg -cp} because {@code -D} and {@code -cp} are
 * options of ours.
 */
final class JvmArgPreprocessor implements IParameterPreprocessor {

    @Override
    public boolean preprocess(Stack<String> args, CommandSpec command, ArgSpec option, Map<String, Object> info) {
        if (args.isEmpty()) {
            return false; // picocli says the value is missing
        }
        List<String> values = option.getValue();
        if (values == null) {
            values = new ArrayList<>();
            option.setValue(values);
        }
        values.add(args.pop());
        return true;
    }
}
