package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.query.ShapeValidator;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks the store against the SHACL shapes in ontology/shapes.ttl; exit code 1 on violations.")
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (TdbStore store = main.openExistingStore()) {
            List<ShapeValidator.Violation> violations = new ShapeValidator().validate(store);
            violations.forEach(v -> out.printf("%s %s: %s%n", v.focusNode(), v.path(), v.message()));
            out.println(violations.isEmpty() ? "conforms: no violations" : violations.size() + " violations");
            return violations.isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
        }
    }
}
