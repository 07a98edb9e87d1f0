// Placeholder: the forum-schedule example is being written.
print("forum-schedule")
