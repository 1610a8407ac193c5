def show(name, value, width):
    a = f"{name}={value!r}"
    b = f"{value:>{width}.2f}|{name!s:^10}"
    c = f"{value=}"
    d = f"{value = :.3}"
    e = "plain" f"{name}" "tail"
    f = f""
    return a, b, c, d, e, f
