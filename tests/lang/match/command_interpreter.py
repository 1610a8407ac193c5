# A small command interpreter for a key-value store, driven by match.

store = {}
history = []


def run(line):
    history.append(line)
    match line.split():
        case []:
            return "empty command"
        case ["set", key, value]:
            store[key] = value
            return f"{key} = {value}"
        case ["set", key, *words] if words:
            store[key] = " ".join(words)
            return f"{key} = {store[key]!r}"
        case ["get", key] if key in store:
            return store[key]
        case ["get", key]:
            return f"no such key: {key}"
        case ["del" | "delete" | "rm", *keys] if keys:
            gone = [k for k in keys if store.pop(k, None) is not None]
            return f"deleted {gone}"
        case ["incr", key, *rest]:
            match rest:
                case []:
                    step = 1
                case [n] if n.lstrip("-").isdigit():
                    step = int(n)
                case _:
                    return "usage: incr KEY [STEP]"
            store[key] = str(int(store.get(key, "0")) + step)
            return store[key]
        case ["keys"]:
            return " ".join(sorted(store)) or "(none)"
        case ["history", ("-n" | "--last"), n]:
            return " | ".join(history[-int(n) - 1:-1])
        case ["quit" | "exit"]:
            return "bye"
        case [cmd, *_]:
            return f"unknown command: {cmd}"


script = """
set name weft
set motto fast and free
get name
get motto
get missing
incr counter
incr counter 5
incr counter -2
incr counter x
keys
del name missing
rm
keys
history -n 3
frobnicate now

quit
""".strip().split("\n")
for line in script:
    print(f"> {line}")
    print(run(line))
