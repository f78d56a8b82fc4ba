// Command pulumi-language-python is sitegroup's own Pulumi language host for Python.
//
// It exists because the Go module proxy we build from refuses upstream's
// github.com/pulumi/pulumi/sdk/python/cmd/pulumi-language-python/v3 module, while pkg/v3 (the CLI) and
// sdk/v3 are served. It implements only what the engine uses for preview/up/destroy/refresh of a Python
// program and for Python policy packs (--policy-pack); code generation is left unimplemented.
//
// Like upstream it does not run programs itself: Run starts upstream's `pulumi-language-python-exec`
// script (shipped in the sdk/v3 module and copied next to this binary by the build) with the project's
// virtualenv interpreter, and RunPlugin starts a plugin directory's __main__.py the same way.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/protobuf/types/known/emptypb"

	"github.com/pulumi/pulumi/sdk/v3/go/common/util/cmdutil"
	"github.com/pulumi/pulumi/sdk/v3/go/common/util/logging"
	"github.com/pulumi/pulumi/sdk/v3/go/common/util/rpcutil"
	"github.com/pulumi/pulumi/sdk/v3/go/common/version"
	pulumirpc "github.com/pulumi/pulumi/sdk/v3/proto/go"
	"github.com/pulumi/pulumi/sdk/v3/python/toolchain"
)

// execScript is upstream's Python shim that connects the program to the engine; it must sit next to us.
const execScript = "pulumi-language-python-exec"

// bailExitCode is what the exec script exits with after it has already shown the user a proper error,
// so the engine should not add "program exited with non-zero exit code" on top.
const bailExitCode = 32

func main() {
	// The engine may pass these (see pkg/v3/resource/plugin buildPluginArguments); -v and --logtostderr
	// are glog flags that sdk/v3's logging package already registers.
	tracing := flag.String("tracing", "", "Emit tracing to a Zipkin-compatible tracing endpoint")
	flag.Parse()
	logging.InitLogging(false, 0, false)
	cmdutil.InitTracing("pulumi-language-python", "pulumi-language-python", *tracing)

	self, err := os.Executable()
	if err != nil {
		cmdutil.Exit(fmt.Errorf("could not determine current executable: %w", err))
	}
	exe := filepath.Join(filepath.Dir(self), execScript)
	if _, err := os.Stat(exe); err != nil {
		cmdutil.Exit(fmt.Errorf("missing executor %s (copy it from the sdk/v3 module): %w", exe, err))
	}

	// Stop serving when interrupted, or when the engine we were started for goes away.
	ctx, cancel := signal.NotifyContext(context.Background(), os.Interrupt)
	stop := make(chan bool)
	go func() { <-ctx.Done(); close(stop) }()

	host := &languageHost{exec: exe, tracing: *tracing}
	if flag.NArg() > 0 {
		host.engineAddress = flag.Arg(0)
		if err := rpcutil.Healthcheck(ctx, host.engineAddress, 5*time.Minute, cancel); err != nil {
			cmdutil.Exit(fmt.Errorf("could not start health check: %w", err))
		}
	}

	handle, err := rpcutil.ServeWithOptions(rpcutil.ServeOptions{
		Cancel: stop,
		Init: func(srv *grpc.Server) error {
			pulumirpc.RegisterLanguageRuntimeServer(srv, host)
			return nil
		},
		Options: rpcutil.OpenTracingServerInterceptorOptions(nil),
	})
	if err != nil {
		cmdutil.Exit(fmt.Errorf("could not start language host RPC server: %w", err))
	}
	// The engine reads the port from our first line of stdout.
	fmt.Printf("%d\n", handle.Port)
	if err := <-handle.Done; err != nil {
		cmdutil.Exit(fmt.Errorf("language host RPC stopped serving: %w", err))
	}
}

// languageHost implements pulumirpc.LanguageRuntimeServer. Embedding the Unimplemented server makes
// codegen, Pack, Link, Template and Cancel answer codes.Unimplemented, which the engine tolerates.
type languageHost struct {
	pulumirpc.UnimplementedLanguageRuntimeServer

	exec          string
	engineAddress string
	tracing       string
}

// Handshake is how an attached host (PULUMI_DEBUG_LANGUAGES) learns the engine address.
func (h *languageHost) Handshake(
	ctx context.Context, req *pulumirpc.LanguageHandshakeRequest,
) (*pulumirpc.LanguageHandshakeResponse, error) {
	h.engineAddress = req.EngineAddress
	return &pulumirpc.LanguageHandshakeResponse{}, nil
}

// pluginVersion reports the sdk/v3 version we were built against: the exec script we run comes from the
// same module, and it spares the build an -ldflags -X. An explicit version.Version still wins.
func pluginVersion() string {
	if version.Version != "" {
		return version.Version
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, dep := range bi.Deps {
			if dep.Path == "github.com/pulumi/pulumi/sdk/v3" {
				return dep.Version
			}
		}
	}
	return ""
}

func (h *languageHost) GetPluginInfo(context.Context, *emptypb.Empty) (*pulumirpc.PluginInfo, error) {
	return &pulumirpc.PluginInfo{Version: pluginVersion()}, nil
}

// resolveToolchain maps Pulumi.yaml / PulumiPolicy.yaml runtime options onto sdk/v3's Python toolchain,
// which knows where the virtualenv's interpreter is and how to activate it (PATH, VIRTUAL_ENV).
func resolveToolchain(info *pulumirpc.ProgramInfo, plugin bool) (toolchain.Toolchain, error) {
	if info == nil {
		return nil, errors.New("request carries no program info")
	}
	opts := toolchain.PythonOptions{Root: info.RootDirectory, ProgramDir: info.ProgramDirectory}
	for k, v := range info.Options.AsMap() {
		s, ok := v.(string)
		if !ok {
			return nil, fmt.Errorf("runtime option %q must be a string", k)
		}
		switch k {
		case "virtualenv":
			opts.Virtualenv = s
		case "toolchain":
			switch s {
			case "pip":
				opts.Toolchain = toolchain.Pip
			case "uv":
				opts.Toolchain = toolchain.Uv
			case "poetry":
				opts.Toolchain = toolchain.Poetry
			default:
				return nil, fmt.Errorf("unsupported toolchain option: %s", s)
			}
		case "typechecker":
			// Upstream runs mypy/pyright before the program; we don't, and say so rather than skip it.
			return nil, fmt.Errorf("runtime option typechecker is not supported by this language host")
		}
	}
	// Like upstream, plugins (policy packs) never run on the ambient interpreter.
	if plugin && opts.Toolchain == toolchain.Pip && opts.Virtualenv == "" {
		opts.Virtualenv = "venv"
	}
	return toolchain.ResolveToolchain(opts)
}

// Run executes the program through the exec script: <venv>/bin/python -u <exec> --monitor ... <entry point>.
func (h *languageHost) Run(ctx context.Context, req *pulumirpc.RunRequest) (*pulumirpc.RunResponse, error) {
	if h.engineAddress == "" {
		return nil, errors.New("no engine address: pass it as an argument or call Handshake before Run")
	}
	tc, err := resolveToolchain(req.Info, false)
	if err != nil {
		return nil, err
	}
	if err := tc.ValidateVenv(ctx); err != nil {
		return nil, err
	}

	args := []string{"-u", h.exec}
	flagArg := func(k, v string) {
		if v != "" {
			args = append(args, "--"+k, v)
		}
	}
	flagArg("monitor", req.MonitorAddress)
	flagArg("engine", h.engineAddress)
	flagArg("project", req.Project)
	flagArg("root_directory", req.Info.RootDirectory)
	flagArg("stack", req.Stack)
	flagArg("pwd", req.Pwd)
	flagArg("dry_run", fmt.Sprint(req.DryRun))
	flagArg("parallel", fmt.Sprint(req.Parallel))
	flagArg("tracing", h.tracing)
	flagArg("organization", req.Organization)
	args = append(args, req.Info.EntryPoint) // "." for the program directory's __main__.py
	args = append(args, req.Args...)

	cmd, err := tc.Command(ctx, args...)
	if err != nil {
		return nil, err
	}
	env, err := configEnv(req)
	if err != nil {
		return nil, err
	}
	if cmd.Env == nil {
		cmd.Env = os.Environ()
	}
	cmd.Env = append(cmd.Env, env...)
	// Our stdout/stderr are read by the engine and shown as diagnostics, so the program can share them.
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	logging.V(5).Infof("Run: %s", strings.Join(cmd.Args, " ")) // not cmd: its Env holds secrets

	err = cmd.Run()
	// Python may crash before flushing; make sure what it wrote reaches the engine before we answer.
	_ = os.Stdout.Sync()
	_ = os.Stderr.Sync()
	var exitErr *exec.ExitError
	switch {
	case err == nil:
		return &pulumirpc.RunResponse{}, nil
	case errors.As(err, &exitErr) && exitErr.ExitCode() == bailExitCode:
		return &pulumirpc.RunResponse{Bail: true}, nil
	case errors.As(err, &exitErr) && exitErr.ExitCode() > 0:
		return &pulumirpc.RunResponse{Error: fmt.Sprintf("program exited with non-zero exit code: %d", exitErr.ExitCode())}, nil
	case errors.As(err, &exitErr):
		return &pulumirpc.RunResponse{Error: fmt.Sprintf("program exited unexpectedly: %v", err)}, nil
	default:
		return &pulumirpc.RunResponse{Error: fmt.Sprintf("problem executing program (could not run language executor): %v", err)}, nil
	}
}

// RunPlugin runs a Python plugin directory, which for us means a policy pack: pkg/v3 3.276 starts a
// PulumiPolicy.yaml directory with runtime python through the language host (ExecPlugin -> RunPlugin),
// and pulumi_policy's PolicyPack() prints its gRPC port on stdout, which we stream back.
func (h *languageHost) RunPlugin(
	req *pulumirpc.RunPluginRequest, server pulumirpc.LanguageRuntime_RunPluginServer,
) error {
	tc, err := resolveToolchain(req.Info, true)
	if err != nil {
		return err
	}
	if err := tc.ValidateVenv(server.Context()); err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join(req.Info.ProgramDirectory, "__main__.py")); err != nil {
		// Upstream can also run pyproject-packaged plugins via `python -m pulumi.run.plugin`; we don't need that.
		return fmt.Errorf("plugin %s has no __main__.py: %w", req.Info.ProgramDirectory, err)
	}
	cmd, err := tc.Command(server.Context(), append([]string{"-u", req.Info.ProgramDirectory}, req.Args...)...)
	if err != nil {
		return err
	}
	closer, stdout, stderr, err := rpcutil.MakeRunPluginStreams(server, false)
	if err != nil {
		return err
	}
	defer closer.Close()

	cmd.Dir = req.Pwd
	// req.Env is the engine's environment for the plugin; later entries win in exec, so it goes last.
	cmd.Env = append(cmd.Env, req.Env...)
	cmd.Stdout, cmd.Stderr = stdout, stderr
	logging.V(5).Infof("RunPlugin: %s", strings.Join(cmd.Args, " "))

	if err := cmd.Run(); err != nil {
		var exitErr *exec.ExitError
		if errors.As(err, &exitErr) {
			// Flush what the plugin wrote before the exit code, which ends the engine's read loop.
			if err := closer.Close(); err != nil {
				return err
			}
			return server.Send(&pulumirpc.RunPluginResponse{
				Output: &pulumirpc.RunPluginResponse_Exitcode{Exitcode: int32(exitErr.ExitCode())}, //nolint:gosec
			})
		}
		return fmt.Errorf("could not run plugin %s: %w", req.Info.ProgramDirectory, err)
	}
	return closer.Close()
}

// InstallDependencies only checks the virtualenv: ours is prepared by ./run (offline, from a wheelhouse),
// so the engine must not start pip behind its back.
func (h *languageHost) InstallDependencies(
	req *pulumirpc.InstallDependenciesRequest, server pulumirpc.LanguageRuntime_InstallDependenciesServer,
) error {
	tc, err := resolveToolchain(req.Info, req.IsPlugin)
	if err != nil {
		return err
	}
	return tc.ValidateVenv(server.Context())
}

func (h *languageHost) GetRequiredPackages(
	ctx context.Context, req *pulumirpc.GetRequiredPackagesRequest,
) (*pulumirpc.GetRequiredPackagesResponse, error) {
	pkgs, err := requiredPackages(ctx, req.Info)
	if err != nil {
		return nil, err
	}
	return &pulumirpc.GetRequiredPackagesResponse{Packages: pkgs}, nil
}

// GetRequiredPlugins is deprecated (the engine asks GetRequiredPackages first) but cheap to answer.
func (h *languageHost) GetRequiredPlugins(
	ctx context.Context, req *pulumirpc.GetRequiredPluginsRequest,
) (*pulumirpc.GetRequiredPluginsResponse, error) {
	pkgs, err := requiredPackages(ctx, req.Info)
	if err != nil {
		return nil, err
	}
	var plugins []*pulumirpc.PluginDependency
	for _, p := range pkgs {
		if p.Parameterization == nil && p.Extension == nil {
			plugins = append(plugins, &pulumirpc.PluginDependency{Name: p.Name, Kind: p.Kind, Version: p.Version, Server: p.Server})
		}
	}
	return &pulumirpc.GetRequiredPluginsResponse{Plugins: plugins}, nil
}

// About feeds `pulumi about` and the update's environment metadata.
func (h *languageHost) About(ctx context.Context, req *pulumirpc.AboutRequest) (*pulumirpc.AboutResponse, error) {
	info := req.GetInfo()
	if info == nil {
		info = &pulumirpc.ProgramInfo{}
	}
	tc, err := resolveToolchain(info, false)
	if err != nil {
		return nil, err
	}
	about, err := tc.About(ctx)
	if err != nil {
		return nil, err
	}
	return &pulumirpc.AboutResponse{Executable: about.PythonExecutable, Version: about.PythonVersion.String()}, nil
}

// GetProgramDependencies lists the virtualenv's distributions (pip list), for `pulumi about`.
func (h *languageHost) GetProgramDependencies(
	ctx context.Context, req *pulumirpc.GetProgramDependenciesRequest,
) (*pulumirpc.GetProgramDependenciesResponse, error) {
	tc, err := resolveToolchain(req.Info, false)
	if err != nil {
		return nil, err
	}
	deps, err := tc.ListPackages(ctx, req.TransitiveDependencies)
	if err != nil {
		return nil, fmt.Errorf("failed to get python dependencies: %w", err)
	}
	resp := &pulumirpc.GetProgramDependenciesResponse{}
	for _, d := range deps {
		resp.Dependencies = append(resp.Dependencies, &pulumirpc.DependencyInfo{Name: d.Name, Version: d.Version})
	}
	return resp, nil
}

// RuntimeOptionsPrompts is only used by `pulumi new`; our projects already set their options.
func (h *languageHost) RuntimeOptionsPrompts(
	context.Context, *pulumirpc.RuntimeOptionsRequest,
) (*pulumirpc.RuntimeOptionsResponse, error) {
	return &pulumirpc.RuntimeOptionsResponse{}, nil
}

// configEnv passes stack config to the exec script the way pulumi.runtime reads it.
func configEnv(req *pulumirpc.RunRequest) ([]string, error) {
	cfg, err := jsonString(req.Config)
	if err != nil {
		return nil, fmt.Errorf("failed to serialize configuration: %w", err)
	}
	keys := req.ConfigSecretKeys
	if keys == nil {
		keys = []string{}
	}
	secretKeys, err := jsonString(keys)
	if err != nil {
		return nil, fmt.Errorf("failed to serialize configuration secret keys: %w", err)
	}
	env := []string{"PULUMI_CONFIG_SECRET_KEYS=" + secretKeys}
	if req.Config != nil {
		env = append(env, "PULUMI_CONFIG="+cfg)
	}
	return env, nil
}
