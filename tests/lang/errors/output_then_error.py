# Printed output must remain on stdout when the script later fails.
for i in range(5):
    print('line', i)
print('unicode é中😀 before failure')
data = {'a': 1}
print(data['b'])
