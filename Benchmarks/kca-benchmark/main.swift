// Placeholder: the benchmark is being written.
print("kca-benchmark")
