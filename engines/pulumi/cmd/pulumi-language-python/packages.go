// Required packages: the engine asks which resource plugins a program needs before running it, to find
// (or, when allowed, install) them up front. Pulumi's Python provider SDKs announce their plugin in a
// pulumi-plugin.json next to their module (e.g. pulumi_kubernetes/pulumi-plugin.json), as upstream reads.

package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"

	"github.com/pulumi/pulumi/sdk/v3/go/common/resource/plugin"
	"github.com/pulumi/pulumi/sdk/v3/go/common/util/logging"
	pulumirpc "github.com/pulumi/pulumi/sdk/v3/proto/go"
)

// sysPathScript prints the interpreter's import path, so we scan exactly the directories the program will
// import from: the virtualenv's site-packages, plus system site-packages or .pth additions if any.
const sysPathScript = "import json, sys; print(json.dumps([p for p in sys.path if p]))"

func requiredPackages(ctx context.Context, info *pulumirpc.ProgramInfo) ([]*pulumirpc.PackageDependency, error) {
	tc, err := resolveToolchain(info, false)
	if err != nil {
		return nil, err
	}
	if err := tc.ValidateVenv(ctx); err != nil {
		return nil, err
	}
	cmd, err := tc.Command(ctx, "-c", sysPathScript)
	if err != nil {
		return nil, err
	}
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("listing python's sys.path with %s: %w", cmd.Path, err)
	}
	var dirs []string
	if err := json.Unmarshal(out, &dirs); err != nil {
		return nil, fmt.Errorf("parsing python's sys.path: %w", err)
	}

	seen := map[string]bool{}
	var pkgs []*pulumirpc.PackageDependency
	for _, dir := range dirs {
		files, _ := filepath.Glob(filepath.Join(dir, "*", "pulumi-plugin.json"))
		for _, f := range files {
			dep, err := packageDependency(f)
			if err != nil {
				return nil, err
			}
			if dep == nil || seen[dep.Name+"@"+dep.Version] {
				continue
			}
			seen[dep.Name+"@"+dep.Version] = true
			pkgs = append(pkgs, dep)
		}
	}
	sort.Slice(pkgs, func(i, j int) bool { return pkgs[i].Name < pkgs[j].Name })
	return pkgs, nil
}

// packageDependency turns one pulumi-plugin.json into a resource plugin dependency, or nil when the
// package has no plugin ("resource": false, e.g. pulumi_policy) or doesn't say which version it needs.
func packageDependency(path string) (*pulumirpc.PackageDependency, error) {
	p, err := plugin.LoadPulumiPluginJSON(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	} else if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	if !p.Resource {
		return nil, nil
	}
	name := p.Name
	if name == "" {
		// Convention: module pulumi_foo belongs to plugin foo.
		name = strings.TrimPrefix(filepath.Base(filepath.Dir(path)), "pulumi_")
	}
	if p.Version == "" {
		// Upstream derives it from the pip distribution's PEP 440 version; every provider SDK we use
		// writes it into the file, and the engine still loads plugins on demand when it is missing.
		logging.V(5).Infof("GetRequiredPackages: %s has no version, skipping", path)
		return nil, nil
	}
	version := p.Version
	if !strings.HasPrefix(version, "v") {
		version = "v" + version
	}
	param := func(j *plugin.PulumiParameterizationJSON) *pulumirpc.PackageParameterization {
		if j == nil {
			return nil
		}
		return &pulumirpc.PackageParameterization{Name: j.Name, Version: j.Version, Value: j.Value}
	}
	return &pulumirpc.PackageDependency{
		Name:             name,
		Kind:             "resource",
		Version:          version,
		Server:           p.Server,
		Parameterization: param(p.Parameterization),
		Extension:        param(p.ExtensionParameterization),
	}, nil
}

func jsonString(v any) (string, error) {
	b, err := json.Marshal(v)
	return string(b), err
}
