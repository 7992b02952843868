package io.milkledger.transfer;

/**
 * Why a line of an import file can't be taken in.
 *
 * @param line   the line in the file, counting from 1
 * @param reason a sentence saying what is wrong and how to fix it
 */
public record ImportProblem(long line, String reason) {
}
