// Placeholder: the catalog-tour example is being written.
print("catalog-tour")
