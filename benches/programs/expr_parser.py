# A tokenizer and recursive-descent parser/evaluator for arithmetic over a
# generated expression text (LCG-driven, no imports): tokenize char by char,
# build tuple ASTs, evaluate, pretty-print and re-parse to check the round trip.

EXPRESSIONS = 9000
DEPTH = 6


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % n


def gen(rng, depth):
    kind = rng.next(10)
    if depth == 0 or kind < 2:
        if rng.next(4) == 0:
            return "xyzw"[rng.next(4)]
        return str(rng.next(1000))
    if kind == 2:
        return "-" + gen(rng, depth - 1)
    if kind == 3:
        return "(" + gen(rng, depth - 1) + ")"
    op = ["+", "-", "*", "//", "%", "+", "-", "*"][rng.next(8)]
    return gen(rng, depth - 1) + " " + op + " " + gen(rng, depth - 1)


def tokenize(text):
    tokens = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < n and text[j].isdigit():
                j += 1
            tokens.append(("num", int(text[i:j])))
            i = j
        elif ch.isalpha():
            tokens.append(("name", ch))
            i += 1
        elif text.startswith("//", i):
            tokens.append(("op", "//"))
            i += 2
        elif ch in "+-*%()":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError(f"bad character {ch!r} at {i}")
    tokens.append(("end", None))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, value):
        kind, v = self.advance()
        if v != value:
            raise SyntaxError(f"expected {value!r}, got {v!r}")

    def parse(self):
        node = self.sum()
        if self.peek()[0] != "end":
            raise SyntaxError("trailing input")
        return node

    def sum(self):
        node = self.product()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.advance()[1]
            node = (op, node, self.product())
        return node

    def product(self):
        node = self.unary()
        while self.peek()[1] in ("*", "//", "%"):
            op = self.advance()[1]
            node = (op, node, self.unary())
        return node

    def unary(self):
        if self.peek() == ("op", "-"):
            self.advance()
            return ("neg", self.unary())
        return self.atom()

    def atom(self):
        kind, value = self.advance()
        if kind == "num":
            return ("num", value)
        if kind == "name":
            return ("var", value)
        if value == "(":
            node = self.sum()
            self.expect(")")
            return node
        raise SyntaxError(f"unexpected {value!r}")


def evaluate(node, env):
    tag = node[0]
    if tag == "num":
        return node[1]
    if tag == "var":
        return env[node[1]]
    if tag == "neg":
        return -evaluate(node[1], env)
    a = evaluate(node[1], env)
    b = evaluate(node[2], env)
    if tag == "+":
        return a + b
    if tag == "-":
        return a - b
    if tag == "*":
        return a * b
    if b == 0:
        return 0  # this language defines x // 0 and x % 0 as 0
    return a // b if tag == "//" else a % b


def unparse(node):
    tag = node[0]
    if tag == "num":
        return str(node[1])
    if tag == "var":
        return node[1]
    if tag == "neg":
        return f"(-{unparse(node[1])})"
    return f"({unparse(node[1])} {tag} {unparse(node[2])})"


def count_nodes(node):
    if node[0] in ("num", "var"):
        return 1
    return 1 + sum(count_nodes(child) for child in node[1:])


rng = Lcg(2024)
env = {"x": 7, "y": -3, "z": 12, "w": 1}
checksum = 0
total_tokens = total_nodes = 0
for i in range(EXPRESSIONS):
    text = gen(rng, DEPTH)
    tokens = tokenize(text)
    tree = Parser(tokens).parse()
    value = evaluate(tree, env)
    again = Parser(tokenize(unparse(tree))).parse()
    assert again == tree, "round trip failed"
    total_tokens += len(tokens)
    total_nodes += count_nodes(tree)
    checksum = (checksum * 1000003 + value) % (2**61 - 1)
print("tokens", total_tokens, "nodes", total_nodes)
print("last value", value)
print("checksum", checksum)
