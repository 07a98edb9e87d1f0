// Placeholder: the relations-report example is being written.
print("relations-report")
