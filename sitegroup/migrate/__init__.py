"""Legacy-site migration logic (encodings, links, identifiers, manifests, URL maps, verification).

Pure standard-library Python with relative imports only: Ansible ships this package to the content
target as module_utils (plugins/module_utils/sitegroup_migrate is a symlink here), where neither
the rest of sitegroup nor any third-party package exists.
"""
