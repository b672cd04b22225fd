"""What pages show, built in Python where templates should not compute: marked bodies, grouped quotes."""
