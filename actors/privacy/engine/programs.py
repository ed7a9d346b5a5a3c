"""Values a short program prints, written so that a reader must run it: a Brainfuck program (the
``brainfuck`` encoding of ``hidden``). Every run is bounded by the program's own length — a loop
need not end — so a text made of such programs costs about what any text of its size does."""
from __future__ import annotations

from .alphabets import unpadded

BRAINFUCK_STEPS = 25            # steps a program runs per character of it, at most (a loop need not end;
                               # one that prints a 70-character token with loops takes 21 a character)


def brainfuck(run: str) -> str | None:
    """What the program prints (cells of a byte, a tape that grows): bounded steps, else nothing."""
    jumps, stack = {}, []
    for i, c in enumerate(run):
        if c == "[":
            stack.append(i)
        elif c == "]":
            if not stack:
                return None
            j = stack.pop()
            jumps[i], jumps[j] = j, i
    if stack:
        return None
    tape, ptr, pc, out = [0] * 64, 0, 0, bytearray()
    for _ in range(BRAINFUCK_STEPS * len(run)):
        if pc >= len(run):
            return unpadded(bytes(out))
        c = run[pc]
        if c in "+-":
            tape[ptr] = (tape[ptr] + (1 if c == "+" else -1)) % 256
        elif c in "<>":
            ptr += 1 if c == ">" else -1
            if ptr < 0 or ptr >= 4096:
                return None
            tape.extend([0] * (ptr + 1 - len(tape)))
        elif c == ".":
            out.append(tape[ptr])
        elif (c == "[" and tape[ptr] == 0) or (c == "]" and tape[ptr] != 0):
            pc = jumps[pc]
        pc += 1
    return None
