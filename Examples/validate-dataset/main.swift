// Placeholder: the validate-dataset example is being written.
print("validate-dataset")
