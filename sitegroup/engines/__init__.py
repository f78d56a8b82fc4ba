"""Real engines (a Kubernetes control plane, ...) run locally for tests and benchmarks."""
