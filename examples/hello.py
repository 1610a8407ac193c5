def greet(name, punct="!"):
    return "Hello, " + name + punct

print(greet("world"))
print(sum_sq := 1 + 2 * 3, 7 // 2, -7 // 2, 2 ** 100, 0.1 + 0.2)
