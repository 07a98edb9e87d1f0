// Placeholder: the admission-check example is being written.
print("admission-check")
