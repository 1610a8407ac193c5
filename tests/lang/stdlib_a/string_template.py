from string import Template

t = Template("$who likes $what")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}))
print(t.substitute({"who": "ann", "what": "tea"}, who="bob"))
print(Template("${noun}ification costs $$5").substitute(noun="gentr"))
print(Template("$x$y ${x}y $").safe_substitute(x=1))
print(Template("$a and $b").safe_substitute(a=1))
print(Template("no placeholders").substitute())
print(Template("${a} $a $b_2 $_c").get_identifiers(), Template("$ok").is_valid(), Template("$").is_valid())
try:
    Template("$who likes $what").substitute(who="tim")
except KeyError as e:
    print("KeyError", e)
for bad in ["line one\n  $ bad", "$", "${x", "${1}", "cost $5"]:
    try:
        Template(bad).substitute(x=1)
    except ValueError as e:
        print("ValueError", e)

class Percent(Template):
    delimiter = "%"

print(Percent("%name is %% %{age}").substitute(name="Al", age=3))
print(Template("$x").substitute(x=[1, 2]), Template("$x").substitute(x=(1, 2)))
print(Template("$ $a ${b} $a").get_identifiers())
