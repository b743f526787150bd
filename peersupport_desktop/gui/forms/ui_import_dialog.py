# Generated from ui/import_dialog.ui by ui/compile_forms.py (pyside6-uic): do not edit.
from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog: Any) -> None:
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.setMinimumSize(QSize(820, 640))
        self.layout = QVBoxLayout(ImportDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.fileLabel = QLabel(ImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(ImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileRow.addWidget(self.fileEdit)

        self.chooseButton = QPushButton(ImportDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileRow.addWidget(self.chooseButton)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.sourceLabel = QLabel(ImportDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceEdit = QLineEdit(ImportDialog)
        self.sourceEdit.setObjectName(u"sourceEdit")
        self.sourceEdit.setMaxLength(80)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sourceEdit)


        self.layout.addLayout(self.form)

        self.fileInfoLabel = QLabel(ImportDialog)
        self.fileInfoLabel.setObjectName(u"fileInfoLabel")
        self.fileInfoLabel.setWordWrap(True)

        self.layout.addWidget(self.fileInfoLabel)

        self.mappingGroup = QGroupBox(ImportDialog)
        self.mappingGroup.setObjectName(u"mappingGroup")
        self.mappingGrid = QGridLayout(self.mappingGroup)
        self.mappingGrid.setObjectName(u"mappingGrid")

        self.layout.addWidget(self.mappingGroup)

        self.previewTitle = QLabel(ImportDialog)
        self.previewTitle.setObjectName(u"previewTitle")

        self.layout.addWidget(self.previewTitle)

        self.previewView = QTableView(ImportDialog)
        self.previewView.setObjectName(u"previewView")
        self.previewView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.layout.addWidget(self.previewView)

        self.oldGroup = QGroupBox(ImportDialog)
        self.oldGroup.setObjectName(u"oldGroup")
        self.oldLayout = QVBoxLayout(self.oldGroup)
        self.oldLayout.setObjectName(u"oldLayout")
        self.oldLabel = QLabel(self.oldGroup)
        self.oldLabel.setObjectName(u"oldLabel")
        self.oldLabel.setWordWrap(True)

        self.oldLayout.addWidget(self.oldLabel)

        self.importOldRadio = QRadioButton(self.oldGroup)
        self.importOldRadio.setObjectName(u"importOldRadio")
        self.importOldRadio.setChecked(True)

        self.oldLayout.addWidget(self.importOldRadio)

        self.leaveOutRadio = QRadioButton(self.oldGroup)
        self.leaveOutRadio.setObjectName(u"leaveOutRadio")

        self.oldLayout.addWidget(self.leaveOutRadio)


        self.layout.addWidget(self.oldGroup)

        self.resultLabel = QLabel(ImportDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)

        self.layout.addWidget(self.resultLabel)

        self.rejectsView = QTableView(ImportDialog)
        self.rejectsView.setObjectName(u"rejectsView")
        self.rejectsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rejectsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.layout.addWidget(self.rejectsView)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.saveRejectsButton = QPushButton(ImportDialog)
        self.saveRejectsButton.setObjectName(u"saveRejectsButton")

        self.buttonRow.addWidget(self.saveRejectsButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.importButton = QPushButton(ImportDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttonRow.addWidget(self.importButton)

        self.closeButton = QPushButton(ImportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.chooseButton)
        self.sourceLabel.setBuddy(self.sourceEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.chooseButton, self.sourceEdit)
        QWidget.setTabOrder(self.sourceEdit, self.previewView)
        QWidget.setTabOrder(self.previewView, self.importOldRadio)
        QWidget.setTabOrder(self.importOldRadio, self.leaveOutRadio)
        QWidget.setTabOrder(self.leaveOutRadio, self.rejectsView)
        QWidget.setTabOrder(self.rejectsView, self.saveRejectsButton)
        QWidget.setTabOrder(self.saveRejectsButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.closeButton)

        self.retranslateUi(ImportDialog)

        self.importButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ImportDialog: Any) -> None:
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import event notices", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportDialog", u"&File:", None))
#if QT_CONFIG(tooltip)
        self.fileEdit.setToolTip(QCoreApplication.translate("ImportDialog", u"The file whose notices will be imported.", None))
#endif // QT_CONFIG(tooltip)
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"A CSV file from the safety, risk or claims office", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("ImportDialog", u"File", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.chooseButton.setToolTip(QCoreApplication.translate("ImportDialog", u"Pick the CSV file of event notices to import.", None))
#endif // QT_CONFIG(tooltip)
        self.chooseButton.setText(QCoreApplication.translate("ImportDialog", u"&Choose file\u2026", None))
        self.sourceLabel.setText(QCoreApplication.translate("ImportDialog", u"&Source system:", None))
#if QT_CONFIG(tooltip)
        self.sourceEdit.setToolTip(QCoreApplication.translate("ImportDialog", u"The system the file comes from; its column mapping is kept under this name.", None))
#endif // QT_CONFIG(tooltip)
        self.sourceEdit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"e.g. Safety reporting system: its column mapping is kept under this name", None))
#if QT_CONFIG(accessibility)
        self.sourceEdit.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Source system", None))
#endif // QT_CONFIG(accessibility)
        self.mappingGroup.setTitle(QCoreApplication.translate("ImportDialog", u"Which column holds what", None))
        self.previewTitle.setText(QCoreApplication.translate("ImportDialog", u"The first rows, as they will be read", None))
#if QT_CONFIG(tooltip)
        self.previewView.setToolTip(QCoreApplication.translate("ImportDialog", u"The first rows of the file, as they will be read.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.previewView.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Preview of the first rows", None))
#endif // QT_CONFIG(accessibility)
        self.oldGroup.setTitle(QCoreApplication.translate("ImportDialog", u"Old referrals", None))
#if QT_CONFIG(accessibility)
        self.oldGroup.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Old referrals", None))
#endif // QT_CONFIG(accessibility)
        self.importOldRadio.setText(QCoreApplication.translate("ImportDialog", u"Import them &too: they will show as overdue", None))
#if QT_CONFIG(accessibility)
        self.importOldRadio.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Import the old referrals too", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.importOldRadio.setToolTip(QCoreApplication.translate("ImportDialog", u"Their cases open now, already past the outreach target.", None))
#endif // QT_CONFIG(tooltip)
        self.leaveOutRadio.setText(QCoreApplication.translate("ImportDialog", u"&Leave them out: they are listed with the rows not imported, to save and deal with by hand", None))
#if QT_CONFIG(accessibility)
        self.leaveOutRadio.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Leave the old referrals out", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.leaveOutRadio.setToolTip(QCoreApplication.translate("ImportDialog", u"No case is opened for them. Save the rows not imported to a file; importing the same file later can still bring them in.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.rejectsView.setToolTip(QCoreApplication.translate("ImportDialog", u"The rows that were not imported, with the reason for each.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.rejectsView.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Rows not imported", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.saveRejectsButton.setToolTip(QCoreApplication.translate("ImportDialog", u"Save the rows not imported to a file, to deal with by hand.", None))
#endif // QT_CONFIG(tooltip)
        self.saveRejectsButton.setText(QCoreApplication.translate("ImportDialog", u"Save &rejected rows\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("ImportDialog", u"Open a case for each notice in the file.", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("ImportDialog", u"&Import", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("ImportDialog", u"Close the import.", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("ImportDialog", u"Close", None))
    # retranslateUi

