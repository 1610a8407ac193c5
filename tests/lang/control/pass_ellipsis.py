# Empty bodies with pass and ..., and loops whose body only pass.
def stub():
    ...
def stub2():
    pass
print(stub(), stub2())
n = 0
for i in range(1000):
    pass
print(i)
while n < 5:
    n += 1
    pass
print(n)
if n:
    ...
else:
    ...
print('ok')
try:
    pass
finally:
    pass
for x in []:
    pass
else:
    pass
print('end')
