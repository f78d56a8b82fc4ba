"""The Pulumi program: registers exactly the manifests sitegroup.k8s renders (see main.py)."""
