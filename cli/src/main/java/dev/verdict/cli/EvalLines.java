package dev.verdict.cli;

import dev.verdict.request.LineBlock;
import dev.verdict.runtime.Evaluator;
import dev.verdict.runtime.InvalidRequestException;
import dev.verdict.runtime.RequestParser;
import dev.verdict.runtime.RequestValues;
import java.util.function.Function;

/**
 * Decides a block of request lines for {@code eval --requests} on one thread: one output line
 * per input line, a decision, an error, or an empty line for a blank one, so that output line N
 * answers input line N. Not thread-safe: one per thread.
 */
final class EvalLines implements Function<LineBlock, EvalLines.Output>, LineBlock.LineVisitor {

    /** A block's output lines, and whether all its requests were valid. */
    record Output(String text, boolean valid) {
    }

    private final Evaluator evaluator;
    private final RequestParser parser;
    private final DecisionFormat format;
    private final int maxLineBytes;
    private StringBuilder text;
    private boolean valid;

    EvalLines(Evaluator evaluator, RequestParser parser, DecisionFormat format, int maxLineBytes) {
        this.evaluator = evaluator;
        this.parser = parser;
        this.format = format;
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public Output apply(LineBlock block) {
        text = new StringBuilder();
        valid = true;
        block.forEach(this);
        return new Output(text.toString(), valid);
    }

    @Override
    public void line(int index, byte[] bytes, int from, int to) {
        if (LineBlock.isBlank(bytes, from, to)) {
            text.append('\n');
            return;
        }
        try {
            RequestValues values = parser.read(bytes, from, to);
            text.append(format.decision(evaluator.decide(values))).append('\n');
        } catch (InvalidRequestException e) {
            error(e);
        }
    }

    @Override
    public void tooLong(int index) {
        error(new InvalidRequestException(null, LineBlock.tooLongProblem(maxLineBytes)
                + " (see --max-line-bytes)"));
    }

    private void error(InvalidRequestException e) {
        valid = false;
        text.append(format.error(e)).append('\n');
    }
}
