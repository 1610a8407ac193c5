import string

print(string.capwords("hello world"))
print(string.capwords("  hello   world  "))
print(string.capwords("HELLO wORLD"))
print(string.capwords("hello-world foo-bar", "-"))
print(string.capwords(""))
print(string.capwords("a\tb\nc"))
print(string.capwords("x,y,,z", ","))
print(string.capwords("élan vital"))
try:
    string.capwords(5)
except AttributeError as e:
    print("AttributeError", e)
