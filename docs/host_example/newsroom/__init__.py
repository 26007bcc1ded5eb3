"""A host application: a newsroom's stories, each tagged with an organization of orgdb."""
