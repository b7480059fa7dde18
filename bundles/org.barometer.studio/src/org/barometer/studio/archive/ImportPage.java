package org.barometer.studio.archive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

/** The one page of the import wizard: which published issues (files or folders), into which publication. */
class ImportPage extends WizardPage {

	static final String[] SOURCE_PATTERNS = { "*.pdf;*.docx;*.txt", "*.pdf", "*.docx", "*.txt", "*" };
	static final String[] SOURCE_NAMES = { "Published issues (PDF, Word, text)", "PDF", "Word (.docx)", "Text extracted from a PDF",
			"All files" };

	private final List<IProject> publications;
	private final IProject proposed;
	private final List<Path> sources = new ArrayList<>();

	private org.eclipse.swt.widgets.List sourceList;
	private Button remove;
	private Combo publication;

	ImportPage(List<IProject> publications, IProject proposed) {
		super("import");
		this.publications = publications;
		this.proposed = proposed;
		setTitle("Import Published Issues");
		setDescription("Brings issues published as PDF, as Word manuscripts or as text extracted from a PDF into a publication, as printed.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);

		Label label = new Label(page, SWT.NONE);
		label.setText("Published issues (files, or folders holding them):");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(label);
		sourceList = new org.eclipse.swt.widgets.List(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		sourceList.addListener(SWT.Selection, event -> remove.setEnabled(sourceList.getSelectionCount() > 0));
		GridDataFactory.fillDefaults().grab(true, true).hint(420, 140).span(1, 3).applyTo(sourceList);
		Button addFiles = button(page, "Add &Files...");
		addFiles.addListener(SWT.Selection, event -> chooseFiles());
		Button addFolder = button(page, "Add F&older...");
		addFolder.addListener(SWT.Selection, event -> chooseFolder());
		remove = button(page, "&Remove");
		remove.setEnabled(false);
		remove.addListener(SWT.Selection, event -> removeSelected());

		Label into = new Label(page, SWT.NONE);
		into.setText("Into the publication:");
		GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(into);
		publication = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
		publications.forEach(project -> publication.add(project.getName()));
		if (proposed != null && publications.contains(proposed)) {
			publication.select(publications.indexOf(proposed));
		} else if (publications.size() == 1) {
			publication.select(0);
		}
		publication.addListener(SWT.Selection, event -> validate());
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(publication);

		Label note = new Label(page, SWT.WRAP);
		note.setText("Each issue is imported as printed, with where each row and figure was printed. What the published issue "
				+ "got wrong is kept, so that the Problems view lists it. Nothing in the publication is replaced.");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).indent(0, 8).applyTo(note);

		setControl(page);
		validate();
	}

	private static Button button(Composite parent, String text) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(button);
		return button;
	}

	private void chooseFiles() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText("Published Issues");
		dialog.setFilterExtensions(SOURCE_PATTERNS);
		dialog.setFilterNames(SOURCE_NAMES);
		if (dialog.open() != null) {
			List<Path> chosen = new ArrayList<>();
			for (String name : dialog.getFileNames()) {
				chosen.add(Path.of(dialog.getFilterPath(), name));
			}
			addSources(chosen);
		}
	}

	private void chooseFolder() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setText("A Folder of Published Issues");
		String folder = dialog.open();
		if (folder != null) {
			addSources(List.of(Path.of(folder)));
		}
	}

	/** Adds files or folders to import (each once). */
	void addSources(List<Path> chosen) {
		for (Path path : chosen) {
			if (!sources.contains(path)) {
				sources.add(path);
				sourceList.add(path.toString());
			}
		}
		validate();
	}

	private void removeSelected() {
		int[] selected = sourceList.getSelectionIndices();
		for (int i = selected.length - 1; i >= 0; i--) {
			sources.remove(selected[i]);
			sourceList.remove(selected[i]);
		}
		remove.setEnabled(false);
		validate();
	}

	void selectPublication(IProject project) {
		publication.select(publications.indexOf(project));
		validate();
	}

	private void validate() {
		String problem = null;
		if (publications.isEmpty()) {
			problem = "Open or create a publication first (File › New Publication or Open Publication Folder).";
		} else if (sources.isEmpty()) {
			problem = "Add the published issues to import: files, or folders holding them.";
		} else if (publication.getSelectionIndex() < 0) {
			problem = "Choose the publication the issues belong to.";
		}
		// no publication is an error; what is still to choose is guidance
		setErrorMessage(publications.isEmpty() ? problem : null);
		setMessage(publications.isEmpty() ? null : problem, INFORMATION);
		setPageComplete(problem == null);
	}

	ImportRequest request() {
		return new ImportRequest(sources, publications.get(publication.getSelectionIndex()));
	}
}
