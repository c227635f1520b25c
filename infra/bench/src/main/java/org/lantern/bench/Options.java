package org.lantern.bench;

import java.io.File;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options of one subcommand; a wrong or missing option is a {@link UsageException}. */
public final class Options {

	private final String command;

	private final Map<String, String> values;

	private Options(String command, Map<String, String> values) {
		this.command = command;
		this.values = values;
	}

	public static Options parse(String command, String[] args, int from, Set<String> allowed) {
		Map<String, String> values = new HashMap<>();
		for (int i = from; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("--")) {
				throw new UsageException(command + ": unexpected argument '" + arg + "'");
			}
			String name = arg.substring(2);
			String value;
			int eq = name.indexOf('=');
			if (eq >= 0) {
				value = name.substring(eq + 1);
				name = name.substring(0, eq);
			}
			else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
				value = args[++i];
			}
			else {
				value = "true";
			}
			if (!allowed.contains(name)) {
				throw new UsageException(command + ": unknown option --" + name + " (allowed: --" + String.join(", --", allowed) + ")");
			}
			values.put(name, value);
		}
		return new Options(command, values);
	}

	public String required(String name) {
		String v = values.get(name);
		if (v == null) {
			throw new UsageException(command + ": missing --" + name);
		}
		return v;
	}

	public File file(String name) {
		return new File(required(name));
	}

	public int integer(String name, int fallback) {
		String v = values.get(name);
		if (v == null) {
			return fallback;
		}
		try {
			return Integer.parseInt(v);
		}
		catch (NumberFormatException ex) {
			throw new UsageException(command + ": --" + name + " must be a whole number, was '" + v + "'");
		}
	}

	public boolean flag(String name) {
		return Boolean.parseBoolean(values.getOrDefault(name, "false"));
	}

	public String optional(String name) {
		return values.get(name);
	}
}
